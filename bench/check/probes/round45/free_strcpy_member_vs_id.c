/* TRUTH: free — strcpy writes only rec.name; the other thread writes rec.id */
#include <pthread.h>
#include <string.h>
struct Rec { int id; char name[16]; } rec;
void *wa(void *x){ strcpy(rec.name, "alpha"); return 0; }
void *wb(void *x){ rec.id = 3; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return rec.id + rec.name[0];
}
