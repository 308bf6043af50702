/* TRUTH: racy — both threads store &g under the key, so their getspecific pointers alias g and both write it */
#include <pthread.h>
pthread_key_t key;
int g;
void *w(void *x){ pthread_setspecific(key, &g); int *p = pthread_getspecific(key); (*p)++; return 0; }
int main(void){
  pthread_key_create(&key, 0);
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return g;
}
