/* TRUTH: racy. t2 waits with a plain assume(flag) read outside any atomic section: race
   on flag with t1's plain write. */
#include <pthread.h>
#include <stdlib.h>
void assume_abort_if_not(int c) { if (!c) abort(); }
int data;
int flag;
void *t1(void *arg) { data = 42; flag = 1; return NULL; }
void *t2(void *arg) { assume_abort_if_not(flag); return (void *)(long)data; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
