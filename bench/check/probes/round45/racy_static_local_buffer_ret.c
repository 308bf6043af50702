/* TRUTH: racy — fmt() writes into a static local buffer and returns it; two threads call fmt */
#include <pthread.h>
#include <stdio.h>
static const char *fmt(int v){ static char buf[32]; snprintf(buf, sizeof buf, "%d", v); return buf; }
void *w(void *a){ const char *s = fmt((int)(long)a); return (void*)(long)s[0]; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return 0;
}
