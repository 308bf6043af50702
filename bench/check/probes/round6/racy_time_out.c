/* TRUTH: racy. time(&stamp) stores into the global in the worker; main reads it. */
#include <pthread.h>
#include <time.h>
time_t stamp;
void *w(void *a) { (void)a; time(&stamp); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); long r = (long)stamp; pthread_join(t, 0); return (int)r; }
