/* TRUTH: racy — both threads memcpy into the same global buffer without synchronisation */
#include <pthread.h>
#include <string.h>
char buf[32];
void *w(void *x){ memcpy(buf, (const char *)x, 16); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,"aaaaaaaaaaaaaaaa"); pthread_create(&b,0,w,"bbbbbbbbbbbbbbbb");
  pthread_join(a,0); pthread_join(b,0);
  return buf[0];
}
