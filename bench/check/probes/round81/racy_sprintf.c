/* TRUTH: racy — both threads sprintf into the same global buffer msg */
#include <pthread.h>
#include <stdio.h>
char msg[64];
void *w(void *p) { sprintf(msg, "thread %ld", (long)p); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1);
  pthread_create(&t2, 0, w, (void *)2);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return msg[0];
}
