/* TRUTH: racy — the stop flag is a plain (volatile) int written by main while workers read it */
#include <pthread.h>
#include <unistd.h>
static volatile int stop;
static long iterations[2];
static void *spin(void *arg) {
    long *mine = arg;
    while (!stop) (*mine)++;
    return NULL;
}
int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, spin, &iterations[i]);
    usleep(1000);
    stop = 1;
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return (int)(iterations[0] + iterations[1]) & 1;
}
