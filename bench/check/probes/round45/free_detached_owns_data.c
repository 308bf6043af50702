/* TRUTH: free — the detached thread gets its own malloc'd block which main never touches again */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct Msg { char text[32]; int len; };
void *w(void *x){ struct Msg *m = x; m->len = (int)strlen(m->text); m->text[0] = 'X'; free(m); return 0; }
int main(void){
  struct Msg *m = malloc(sizeof *m);
  strcpy(m->text, "hello"); m->len = 0;
  pthread_t t;
  pthread_create(&t,0,w,m);
  pthread_detach(t);
  pthread_exit(0);
}
