// racy: two create loops each pass ids 0..N-1, so two threads write cell[id] for each id concurrently.
#include <pthread.h>
#define N 3
int cell[N];
void *w(void *arg) {
  long id = (long)arg;
  cell[id]++;
  return 0;
}
int main(void) {
  pthread_t a[N], b[N];
  for (int i = 0; i < N; i++) pthread_create(&a[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_create(&b[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) { pthread_join(a[i], 0); pthread_join(b[i], 0); }
  return cell[0];
}
