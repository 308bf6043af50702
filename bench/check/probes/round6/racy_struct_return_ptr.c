/* TRUTH: racy. A struct returned by value carries &g; worker writes through it, main reads g. */
#include <pthread.h>
int g;
struct ref { int *p; };
static struct ref make(void) { return (struct ref){ &g }; }
void *w(void *a) { (void)a; make().p[0] = 5; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); int r = g; pthread_join(t, 0); return r; }
