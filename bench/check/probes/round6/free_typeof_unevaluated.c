/* TRUTH: race-free. __typeof__(g++) on a non-VLA expression is not evaluated; worker never touches g. */
#include <pthread.h>
int g;
void *w(void *a) { (void)a; __typeof__(g++) y = 3; return (void *)(long)y; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = 1; pthread_join(t, 0); return g; }
