/* TRUTH: race-free. RUN() creates and joins inside a statement expression; x is written after it returns. */
#include <pthread.h>
int x;
#define RUN(fn) ({ pthread_t _t; pthread_create(&_t, 0, fn, 0); pthread_join(_t, 0); 0; })
void *w(void *a) { (void)a; x = 1; return 0; }
int main(void) { RUN(w); x = 2; RUN(w); return x; }
