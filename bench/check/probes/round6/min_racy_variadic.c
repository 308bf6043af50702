/* TRUTH: racy. set() writes through a pointer taken from va_arg (&g); main writes g. */
#include <pthread.h>
#include <stdarg.h>
int g;
static void set(int n, ...) { va_list ap; va_start(ap, n); *va_arg(ap, int *) = n; va_end(ap); }
void *w(void *a) { (void)a; set(1, &g); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = 2; pthread_join(t, 0); return 0; }
