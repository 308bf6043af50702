/* TRUTH: free — each thread mallocs, fills and frees its own buffer; nothing escapes */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
void *w(void *x){
  char *b = malloc(64);
  memset(b, 'q', 64); b[63] = 0;
  int r = b[10];
  free(b);
  return (void*)(long)r;
}
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return 0;
}
