/* TRUTH: racy. "running" is only volatile: main writes running = 0 while the spinners read it (volatile is not atomic: write/read data race). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

static volatile int running = 1;
static long slots[2];

static void *spinner(void *arg)
{
    long *mine = arg;
    while (running)
        (*mine)++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, spinner, &slots[0]);
    pthread_create(&b, NULL, spinner, &slots[1]);
    usleep(1000);
    running = 0;
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", slots[0], slots[1]);
    return 0;
}
