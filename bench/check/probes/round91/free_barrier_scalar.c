/* free: three threads, barrier counts 3: every write happens before the barrier and
   every cross-thread read after it. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int a, b, c;

static void *t_a(void *x) { (void)x; a = 1; pthread_barrier_wait(&bar); printf("%d\n", c); return NULL; }
static void *t_b(void *x) { (void)x; b = 1; pthread_barrier_wait(&bar); printf("%d\n", a); return NULL; }
static void *t_c(void *x) { (void)x; c = 1; pthread_barrier_wait(&bar); printf("%d\n", b); return NULL; }

int main(void) {
    pthread_t t[3];
    pthread_barrier_init(&bar, NULL, 3);
    pthread_create(&t[0], NULL, t_a, NULL);
    pthread_create(&t[1], NULL, t_b, NULL);
    pthread_create(&t[2], NULL, t_c, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return 0;
}
