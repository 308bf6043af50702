// racy: ids[i] stored in an unsigned char array, so for 260 threads ids[256] == 0 == ids[0]; both threads write out[0].
#include <pthread.h>
#define N 260
unsigned char ids[N];
int out[256];
void *w(void *arg) {
  int id = *(unsigned char *)arg;
  out[id] += 1;
  return 0;
}
int main(void) {
  static pthread_t th[N];
  for (int i = 0; i < N; i++) {
    ids[i] = (unsigned char)i;
    pthread_create(&th[i], 0, w, &ids[i]);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return out[0];
}
