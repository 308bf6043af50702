/* TRUTH: racy. The worker gets &s.a of main's local struct; main then overwrites the
   whole struct (including s.a) while the worker writes s.a. */
#include <pthread.h>
struct S { int a; int b; };
void *worker(void *arg) { int *p = arg; *p = 7; return NULL; }
int main(void) {
  struct S s = {0, 0};
  pthread_t t;
  pthread_create(&t, NULL, worker, &s.a);
  s = (struct S){1, 2};
  pthread_join(t, NULL);
  return s.a;
}
