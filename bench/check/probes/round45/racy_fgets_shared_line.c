/* TRUTH: racy — two threads fgets from different FILEs (different locks) into the same global line buffer */
#include <pthread.h>
#include <stdio.h>
char line[128];
void *w(void *x){ FILE *f = fopen((const char *)x, "r"); if (!f) return 0; fgets(line, sizeof line, f); fclose(f); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,"/etc/hostname"); pthread_create(&b,0,w,"/etc/os-release");
  pthread_join(a,0); pthread_join(b,0);
  return line[0];
}
