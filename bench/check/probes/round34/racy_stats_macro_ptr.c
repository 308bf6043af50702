/* TRUTH: racy — COUNTER_INC(&served) expands to (++*(&served)): both workers increment served (line 11) with no lock. */
#include <pthread.h>
#include <stdio.h>

#define COUNTER_INC(p) (++*(p))

static long served;

static void *worker(void *arg) {
    (void)arg;
    COUNTER_INC(&served); // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", served);
    return 0;
}
