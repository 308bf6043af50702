// racy: ids[] is a _Bool array, so ids[i] = i stores 0,1,1; the threads given &ids[1] and &ids[2] both write out[1].
#include <pthread.h>
_Bool ids[3];
int out[3];
void *w(void *a) { out[*(_Bool *)a] = 1; return 0; }
int main(void) {
  pthread_t th[3];
  for (int i = 0; i < 3; i++) { ids[i] = i; pthread_create(&th[i], 0, w, &ids[i]); }
  for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
  return 0;
}
