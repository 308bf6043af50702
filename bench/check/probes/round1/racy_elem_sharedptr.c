/* TRUTH: racy. Each thread gets its own element, but every element points to the same
   counter, which all threads increment. */
#include <pthread.h>
#define N 3
int hits;
struct slot { int *counter; int mine; };
struct slot s[N];
void *worker(void *arg) { struct slot *p = arg; p->mine = 1; (*p->counter)++; return NULL; }
int main(void) {
  for (int i = 0; i < N; i++) s[i].counter = &hits;
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &s[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return hits;
}
