/* TRUTH: free — handle copied into a struct array, joined through the copy; main writes x (line 9) after the join. */
#include <pthread.h>
int x;
struct job { pthread_t h; int id; } jobs[1];
void *w(void *a) { x = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0);
  jobs[0].h = t; jobs[0].id = 1;
  pthread_join(jobs[0].h, 0);
  x = 2; return x; }
