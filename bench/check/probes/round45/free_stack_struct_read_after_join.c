/* TRUTH: free — main's stack struct is written by the thread and read by main only after join */
#include <pthread.h>
struct Res { int code; char msg[16]; };
void *w(void *a){ struct Res *r = a; r->code = 7; r->msg[0] = 'o'; r->msg[1] = 0; return 0; }
int main(void){
  struct Res res = {0};
  pthread_t t;
  pthread_create(&t,0,w,&res);
  pthread_join(t,0);
  return res.code + res.msg[0];
}
