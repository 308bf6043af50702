/* TRUTH: racy — instances get a pointer to a per-instance struct whose id field is set to i / 2, so instances 0 and 1 both have id 0 and update data[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
struct arg { int id; int pad; };
struct arg args[N];
int data[4];
void *f(void *p) {
  struct arg *a = p;
  data[a->id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) {
    args[i].id = i / 2;
    pthread_create(&t[i], 0, f, &args[i]);
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
