// racy: thread ids are (_Bool)i for i = 0,1,2, i.e. 0,1,1; threads 1 and 2 both write data[1].
#include <pthread.h>
int data[3];
void *w(void *a) { data[(long)a] = 7; return 0; }
int main(void) {
  pthread_t th[3];
  for (int i = 0; i < 3; i++) pthread_create(&th[i], 0, w, (void *)(long)(_Bool)i);
  for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
  return 0;
}
