/* TRUTH: racy. The pointer to g travels through a variadic argument; worker writes g, main reads g. */
#include <pthread.h>
#include <stdarg.h>
int g;
static void setall(int n, ...) { va_list ap; va_start(ap, n); for (int i = 0; i < n; i++) *va_arg(ap, int *) = i + 1; va_end(ap); }
void *w(void *a) { int local; (void)a; setall(2, &local, &g); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); int r = g; pthread_join(t, 0); return r; }
