/* TRUTH: racy — main reads the line buffer through the global pointer while the worker's fgets writes it */
#include <pthread.h>
#include <stdio.h>
char backing[128];
char *cur = backing;
void *w(void *x){ FILE *f = fopen("/etc/hostname", "r"); if (f) { fgets(cur, 128, f); fclose(f); } return 0; }
int main(void){
  pthread_t a;
  pthread_create(&a,0,w,0);
  int c = backing[0];
  pthread_join(a,0);
  return c;
}
