/* TRUTH: racy — data goes through a pipe, but the consumer also polls a plain "eof" flag that the producer writes concurrently */
#include <pthread.h>
#include <unistd.h>
static int fds[2];
static int eof;
static void *producer(void *a) {
    (void)a;
    for (int i = 0; i < 5; i++) { int v = i; if (write(fds[1], &v, sizeof v) < 0) break; }
    eof = 1;
    return NULL;
}
static void *consumer(void *a) {
    int *sum = a, v;
    while (!eof) {
        if (read(fds[0], &v, sizeof v) == sizeof v) *sum += v;
    }
    return NULL;
}
int main(void) {
    int sum = 0;
    if (pipe(fds)) return 1;
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &sum);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return sum;
}
