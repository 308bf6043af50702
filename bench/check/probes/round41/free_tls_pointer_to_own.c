/* TRUTH: free — each thread points tp at its own thread-local `mine` before writing *tp (line 5); no object is shared between threads. */
#include <pthread.h>
__thread int mine; __thread int *tp;
void *w(void *a) { tp = &mine;
  *tp = (int)(long)a; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)1); pthread_create(&q, 0, w, (void *)2); pthread_join(p, 0); pthread_join(q, 0); return 0; }
