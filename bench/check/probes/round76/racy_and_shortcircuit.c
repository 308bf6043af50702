/* TRUTH: racy — ENABLED is 1, f writes x */
#include <pthread.h>
int x;
#define ENABLED 1
void *f(void *a) { (void)(ENABLED && (x = 1)); return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
