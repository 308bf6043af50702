/* TRUTH: free — each thread sprintfs into its own row msg[id] */
#include <pthread.h>
#include <stdio.h>
char msg[3][64];
void *w(void *p) { sprintf(msg[(long)p], "thread %ld", (long)p); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1);
  pthread_create(&t2, 0, w, (void *)2);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return msg[1][0];
}
