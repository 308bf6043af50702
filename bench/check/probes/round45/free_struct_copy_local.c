/* TRUTH: free — threads copy the shared template into a local and only modify the copy; nobody writes the template after create */
#include <pthread.h>
struct P { int x; int y; } tmpl = { 1, 2 };
void *w(void *a){ struct P local = tmpl; local.x += (int)(long)a; local.y = local.x; return (void*)(long)local.y; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  tmpl.x = 0;
  return 0;
}
