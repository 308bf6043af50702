// racy: one stack struct in main is reused as the arg; main writes arg.id for the next thread while earlier threads read it.
#include <pthread.h>
#define N 3
struct targ { int id; };
void *w(void *p) {
  struct targ *a = p;
  long v = a->id * 2;
  return (void *)v;
}
int main(void) {
  pthread_t th[N];
  struct targ arg;
  for (int i = 0; i < N; i++) {
    arg.id = i;
    pthread_create(&th[i], 0, w, &arg);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return 0;
}
