/* TRUTH: racy. make() returns a struct by value holding &g; worker writes through it, main writes g. */
#include <pthread.h>
int g;
struct ref { int *p; };
static struct ref make(void) { struct ref r = { &g }; return r; }
void *w(void *a) { (void)a; *make().p = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = 2; pthread_join(t, 0); return 0; }
