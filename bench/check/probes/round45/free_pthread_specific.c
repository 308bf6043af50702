/* TRUTH: free — each thread stores its own malloc'd block under the key and writes only through its own getspecific value */
#include <pthread.h>
#include <stdlib.h>
pthread_key_t key;
void *w(void *x){
  pthread_setspecific(key, calloc(1, sizeof(int)));
  int *p = pthread_getspecific(key);
  for (int i = 0; i < 10; i++) (*p)++;
  int r = *p; free(p);
  return (void*)(long)r;
}
int main(void){
  pthread_key_create(&key, 0);
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
