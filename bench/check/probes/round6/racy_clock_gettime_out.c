/* TRUTH: racy. Both threads call clock_gettime into the same global timespec. */
#include <pthread.h>
#include <time.h>
struct timespec ts;
void *w(void *a) { (void)a; clock_gettime(CLOCK_MONOTONIC, &ts); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); clock_gettime(CLOCK_MONOTONIC, &ts); pthread_join(t, 0); return 0; }
