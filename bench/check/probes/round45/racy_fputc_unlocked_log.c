/* TRUTH: racy — the log FILE* is shared; both threads write it with fputc_unlocked without flockfile */
#include <pthread.h>
#include <stdio.h>
FILE *log_fp;
static void log_char(int c){ fputc_unlocked(c, log_fp); }
void *w(void *x){ for (int i = 0; i < 100; i++) log_char('0' + (int)(long)x); return 0; }
int main(void){
  log_fp = stderr;
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)1L); pthread_create(&b,0,w,(void*)2L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
