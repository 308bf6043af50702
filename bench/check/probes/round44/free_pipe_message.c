/* TRUTH: free — records are copied through a pipe (write/read); the threads share no memory besides the fds set before create */
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
struct rec { int seq; double value; };
static int fds[2];
static void *producer(void *a) {
    (void)a;
    for (int i = 0; i < 10; i++) {
        struct rec r = { i, i * 1.5 };
        if (write(fds[1], &r, sizeof r) != sizeof r) break;
    }
    close(fds[1]);
    return NULL;
}
static void *consumer(void *a) {
    double *total = a;
    struct rec r;
    while (read(fds[0], &r, sizeof r) == sizeof r) *total += r.value;
    return NULL;
}
int main(void) {
    double total = 0;
    if (pipe(fds) != 0) return 1;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &total);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    close(fds[0]);
    printf("%f\n", total);
    return 0;
}
