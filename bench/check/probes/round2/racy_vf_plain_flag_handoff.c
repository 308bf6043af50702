/* TRUTH: racy. Same handoff but flag is written and read plainly (no atomic section):
   race on flag. */
#include <pthread.h>
int data;
int flag;
void *t1(void *arg) { data = 42; flag = 1; return NULL; }
void *t2(void *arg) {
  if (flag) return (void *)(long)data;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
