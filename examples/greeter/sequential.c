/* Greeter, sequential: greets three names one after the other, each after a 1 s wait (3 s in all). */
#include "elapsed.h"

#include <stdio.h>
#include <unistd.h>

static const char *const names[] = {"Ada", "Grace", "Linus"};

int main(void)
{
    double start = example_now();
    for (int i = 0; i < 3; i++) {
        sleep(1); /* stands for any wait: a network reply, a disk, a user */
        printf("Hello, %s!\n", names[i]);
    }
    example_report_elapsed("greeter-sequential", start);
    return 0;
}
