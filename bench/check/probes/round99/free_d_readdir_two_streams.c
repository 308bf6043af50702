/* TRUTH: free — twin: each thread reads its own DIR stream (POSIX: not overwritten by calls on a different stream) */
#include <pthread.h>
#include <dirent.h>
#include <string.h>
static void *other(void *a) {
  (void)a;
  DIR *mine = opendir(".");
  if (!mine) return 0;
  while (readdir(mine))
    ;
  closedir(mine);
  return 0;
}
int main(void) {
  pthread_t t;
  DIR *dir = opendir(".");
  if (!dir) return 1;
  struct dirent *e = readdir(dir);
  pthread_create(&t, 0, other, 0);
  size_t n = e ? strlen(e->d_name) : 0;
  pthread_join(t, 0);
  closedir(dir);
  return (int)(n & 1);
}
