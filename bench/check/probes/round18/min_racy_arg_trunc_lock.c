/* TRUTH: racy. thread a locks m[2] ((unsigned char)258), thread b locks m[258]: x is not protected by one lock */
#include <pthread.h>
pthread_mutex_t m[300];
int x;
void *t(void *arg) { pthread_mutex_lock(&m[(long)arg]); x++; pthread_mutex_unlock(&m[(long)arg]); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)(unsigned char)258);
  pthread_create(&b, 0, t, (void *)258L);
  return 0;
}
