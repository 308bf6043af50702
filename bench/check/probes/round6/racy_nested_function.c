/* TRUTH: racy. A GNU nested function (gcc only; clang cannot parse it) writes g in the worker; main writes g. */
#include <pthread.h>
int g;
void *w(void *a) { int k = (int)(long)a; void inner(void) { g = k; } inner(); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, (void *)3); g = 4; pthread_join(t, 0); return 0; }
