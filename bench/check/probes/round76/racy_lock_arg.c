/* TRUTH: racy — threads lock different mutexes m and m2 */
#include <pthread.h>
#include <stdio.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a) { pthread_mutex_lock((pthread_mutex_t *)a); x++; pthread_mutex_unlock((pthread_mutex_t *)a); return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, &m); pthread_create(&b, 0, f, &m2); pthread_join(a, 0); pthread_join(b, 0); return 0; }
