/* TRUTH: racy — thread A memcpy's from src (reads) while thread B writes src[3] */
#include <pthread.h>
#include <string.h>
char src[16] = "abcdefghijklmno";
void *wa(void *a){ char dst[16]; memcpy(dst, src, 16); return (void*)(long)dst[3]; }
void *wb(void *a){ src[3] = 'Z'; return 0; }
int main(void){
  pthread_t t1, t2;
  pthread_create(&t1,0,wa,0); pthread_create(&t2,0,wb,0);
  pthread_join(t1,0); pthread_join(t2,0);
  return 0;
}
