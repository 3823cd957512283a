package org.lynxim.adapter.in.ws;

import org.lynxim.application.stream.port.in.AddStreamChunkUseCase;
import org.lynxim.application.stream.port.in.EndStreamUseCase;
import org.lynxim.application.stream.port.in.OpenStreamUseCase;

/** The use cases behind the stream frames: open (cmd 13), chunk (cmd 14) and end (cmd 15). */
public record StreamFrames(
    OpenStreamUseCase open, AddStreamChunkUseCase chunk, EndStreamUseCase end) {}
