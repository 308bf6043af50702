/* TRUTH: racy — time(&stamp) in t1 (line 5) writes stamp while t2 reads it (line 6). */
#include <pthread.h>
#include <time.h>
time_t stamp; long r;
void *t1(void *a) { time(&stamp); return 0; }
void *t2(void *a) { r = (long)stamp; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return (int)r; }
