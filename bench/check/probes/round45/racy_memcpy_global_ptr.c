/* TRUTH: racy — both threads memcpy into the heap buffer held in a global pointer */
#include <pthread.h>
#include <string.h>
#include <stdlib.h>
char *dst;
void *w(void *x){ memcpy(dst, (const char *)x, 8); return 0; }
int main(void){
  dst = malloc(8);
  pthread_t a, b;
  pthread_create(&a,0,w,"aaaaaaa"); pthread_create(&b,0,w,"bbbbbbb");
  pthread_join(a,0); pthread_join(b,0);
  int c = dst[0]; free(dst); return c;
}
