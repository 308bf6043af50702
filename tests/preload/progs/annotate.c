/* weft.h annotations: works untraced (no library) and records tasks, channels, marks, coroutines. */
#include <stdio.h>

#include "weft.h"

int main(void)
{
    int chan;

    WEFT_TASK_BEGIN_ANNOTATION("job");
    weft_chan_send((uint64_t)(uintptr_t)&chan, 7);
    weft_chan_recv((uint64_t)(uintptr_t)&chan, 7);
    weft_mark("halfway", 50);
    weft_coro_create(0xc0, "green");
    weft_coro_switch(0xc0);
    weft_coro_switch(0);
    weft_coro_exit(0xc0);
    WEFT_TASK_END_ANNOTATION("job");
    printf("annotated %s\n", weft_annotate_mark ? "traced" : "untraced");
    return 0;
}
