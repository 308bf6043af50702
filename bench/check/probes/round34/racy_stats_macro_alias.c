/* TRUTH: racy — COUNT_REQUEST() expands to STAT_INC(req_count), i.e. req_count++: both workers increment req_count (line 12) with no lock. */
#include <pthread.h>
#include <stdio.h>

#define STAT_INC(x) ((x)++)
#define COUNT_REQUEST() STAT_INC(req_count)

static long req_count;

static void *worker(void *arg) {
    (void)arg;
    COUNT_REQUEST(); // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", req_count);
    return 0;
}
